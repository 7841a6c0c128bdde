// Which download failures are worth another try: the proxy or the network hiccuped.
// A refused connection, a 4xx or a checksum mismatch will say the same thing again.

const TRANSIENT = [
  /: 5\d\d [A-Z][A-Za-z ]*$/m, // reading URL: 502 Bad Gateway
  /\b(50[0-4]|429) [A-Z]/, // 503 Service Unavailable, 429 Too Many Requests
  /i\/o timeout/,
  /TLS handshake timeout/,
  /timeout awaiting response headers/,
  /Client\.Timeout exceeded/,
  /context deadline exceeded/,
  /connection reset by peer/,
  /broken pipe/,
  /unexpected EOF/,
  /: EOF$/m,
  /http2: server sent GOAWAY/,
  /stream error: stream ID \d+; (INTERNAL_ERROR|REFUSED_STREAM)/,
  /zip: not a valid zip file/, // a truncated zip body
];

export function isTransient(goError: string): boolean {
  return TRANSIENT.some((re) => re.test(goError));
}
