// Go's encoding/base64 StdEncoding, where it is stricter than Node's decoder.

const B64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Go's `base64.StdEncoding.DecodeString`: padded standard alphabet, CR and LF ignored, non-zero
 * trailing bits allowed. Returns undefined where Go returns an error (Node's own decoder is lax).
 */
export function decodeStdBase64(s: string): Buffer | undefined {
  const clean = s.replace(/[\r\n]/g, "");
  if (!B64.test(clean)) return undefined;
  return Buffer.from(clean, "base64");
}
