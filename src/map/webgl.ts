// Whether this browser can draw the map: a capability check, asked when the
// map's start fails, rather than reading the text of the error it threw.

/** True when a canvas offers a WebGL 2 or WebGL 1 context. */
export function hasWebGl(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return false;
    // Give the context back at once: browsers cap how many a page may hold.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
