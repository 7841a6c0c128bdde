// A throwaway certificate authority and a 127.0.0.1 server certificate, made with openssl.
// Go trusts it through SSL_CERT_FILE; Node through NODE_EXTRA_CA_CERTS or an explicit `ca`.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface TestCa {
  dir: string;
  /** PEM of the CA certificate: give it to clients as their trust. */
  ca: string;
  caFile: string;
  /** PEM certificate and key for 127.0.0.1 / localhost, signed by the CA. */
  cert: string;
  key: string;
}

export async function makeTestCa(): Promise<TestCa> {
  const dir = await mkdtemp(join(tmpdir(), "goproxy-ca-"));
  const p = (f: string) => join(dir, f);
  const openssl = (...args: string[]) => run("openssl", args, { cwd: dir });
  await openssl(
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:prime256v1",
    "-nodes",
    "-keyout",
    p("ca.key"),
    "-out",
    p("ca.pem"),
    "-days",
    "2",
    "-subj",
    "/CN=setup-goproxy test CA",
    "-addext",
    "basicConstraints=critical,CA:TRUE",
    "-addext",
    "keyUsage=critical,keyCertSign,cRLSign",
  );
  await openssl(
    "req",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:prime256v1",
    "-nodes",
    "-keyout",
    p("server.key"),
    "-out",
    p("server.csr"),
    "-subj",
    "/CN=127.0.0.1",
  );
  await writeFile(
    p("ext.cnf"),
    "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n",
  );
  await openssl(
    "x509",
    "-req",
    "-in",
    p("server.csr"),
    "-CA",
    p("ca.pem"),
    "-CAkey",
    p("ca.key"),
    "-CAcreateserial",
    "-out",
    p("server.pem"),
    "-days",
    "2",
    "-extfile",
    p("ext.cnf"),
  );
  const [ca, cert, key] = await Promise.all(
    ["ca.pem", "server.pem", "server.key"].map((f) => readFile(p(f), "utf8")),
  );
  return { dir, ca: ca!, caFile: p("ca.pem"), cert: cert!, key: key! };
}
