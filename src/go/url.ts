// Credentials in URLs: how Go shows them, and what we must mask (see credentials/secret-forms.ts).
import { redactUserinfo, urlSecretForms } from "../credentials/secret-forms.ts";

/** The secrets a URL carries, in every form: the password, or a user name given alone (a token Go prints in clear). */
export function urlSecrets(raw: string): string[] {
  return urlSecretForms(raw);
}

/** Hides every credential in a URL: `user:xxxxx@host` for a password, `xxxxx@host` for a lone token. */
export function redactUrl(raw: string): string {
  return redactUserinfo(raw);
}
