// The way to a picture of the map for code outside it (the export): the map
// component offers one while it is shown; nothing else touches the map.

/** The map as pixels now, drawn at `scale` × its size on the page. */
export type MapPicture = (scale: number) => Promise<HTMLCanvasElement>;

let offered: MapPicture | null = null;

/** The map offers its picture; returns the way to withdraw it. */
export function offerPicture(fn: MapPicture): () => void {
  offered = fn;
  return () => {
    if (offered === fn) offered = null;
  };
}

/** A picture of the map, or a rejection with a message for the reader. */
export function mapPicture(scale: number): Promise<HTMLCanvasElement> {
  return offered ? offered(scale) : Promise.reject(new Error('The map is not shown, so there is no picture of it.'));
}
