import { create } from 'zustand';
import type { Camera } from '../core/url/url-state.ts';

export type { Camera };

/**
 * A request from the app to move the map; `seq` makes repeated requests distinct.
 * `frame` shows a place whole; `reveal` pans only if the place (at `at`, the
 * point the reader clicked) is hidden, under the panel or off the map; `view`
 * shows exactly this camera.
 */
export type CameraRequest =
  | { type: 'frame'; placeId: string; seq: number }
  | { type: 'reveal'; placeId: string; at: [number, number]; seq: number }
  | { type: 'frame-all'; placeIds: readonly string[]; seq: number; maxZoom?: number }
  | { type: 'view'; camera: Camera; seq: number };

/** Map lifecycle as the map container exposes it in `data-map-state`. */
export type MapStatus = 'loading' | 'idle' | 'busy' | 'error';

export interface ViewState {
  /** The view the map shows now (written by the map only). */
  camera: Camera | null;
  /** The request whose move ended at `camera`; null when the reader moved the map (or the map resized). */
  cameraFor: number | null;
  /** The latest move the app asked for (read by the map only). */
  request: CameraRequest | null;
  status: MapStatus;
  /** What failed, when status is error. */
  error: string | null;
  /** Whether trying again can help (not when the browser lacks what the map needs). */
  retryable: boolean;
}

const initial: ViewState = {
  camera: null,
  cameraFor: null,
  request: null,
  status: 'loading',
  error: null,
  retryable: true,
};

/** View store: the camera, camera requests, and the map's status. */
export const useViewStore = create<ViewState>()(() => initial);

let seq = 0;

/** Ask the map to frame a place. */
export function requestFrame(placeId: string) {
  useViewStore.setState({ request: { type: 'frame', placeId, seq: ++seq } });
}

/** Ask the map to frame every place an article names together (no closer than `maxZoom`, where given). */
export function requestFrameAll(placeIds: readonly string[], maxZoom?: number) {
  useViewStore.setState({
    request: { type: 'frame-all', placeIds, seq: ++seq, ...(maxZoom !== undefined ? { maxZoom } : {}) },
  });
}

/** Ask the map to keep a place the reader picked on the map in sight. */
export function requestReveal(placeId: string, at: [number, number]) {
  useViewStore.setState({ request: { type: 'reveal', placeId, at, seq: ++seq } });
}

/** Ask the map to show exactly this view. */
export function requestView(camera: Camera) {
  useViewStore.setState({ request: { type: 'view', camera, seq: ++seq } });
}

/** The map reports the view it settled on, and the request that moved it there (null: the reader). */
export function reportCamera(camera: Camera, cameraFor: number | null = null) {
  useViewStore.setState({ camera, cameraFor });
}

/** The map reports its status. */
export function reportStatus(status: MapStatus, error: string | null = null, retryable = true) {
  useViewStore.setState({ status, error, retryable });
}
