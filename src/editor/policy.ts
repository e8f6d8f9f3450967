/**
 * The Content-Security-Policy of the web editor (/admin/*), as tight as Decap
 * CMS allows; each source says why it is there. The site's pages keep their
 * own, stricter policy (src/site/csp.ts): none of this applies to them.
 */
export const EDITOR_POLICY_SOURCES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  // The editor's page script and Decap's bundle and chunks, all in /admin/. Decap compiles its
  // configuration's JSON Schema with Ajv, which builds functions from strings: 'unsafe-eval'.
  'script-src': ["'self'", "'unsafe-eval'"],
  // Decap's interface is styled by Emotion, which writes <style> elements at run time.
  'style-src': ["'self'", "'unsafe-inline'"],
  // The local proxy of `npm run edit` is on the same origin (/api/v1); GitHub's API saves entries
  // and opens pull requests.
  'connect-src': ["'self'", 'https://api.github.com'],
  // The signed-in editor's GitHub avatar; previews of text use data: and blob: images.
  'img-src': ["'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com'],
  'font-src': ["'self'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
};

/** The policy as a header value (without frame-ancestors, which src/site/security-headers.ts adds). */
export function editorPolicy(sources = EDITOR_POLICY_SOURCES): string {
  return Object.entries(sources)
    .map(([directive, values]) => `${directive} ${values.join(' ')}`)
    .join('; ');
}
