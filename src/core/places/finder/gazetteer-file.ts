// The regional gazetteer as the pipeline writes it and the app reads it: the
// types come from the one schema both sides use (../schema.ts).
export type { GazetteerEntry, GazetteerFile, GazetteerSource } from '../schema.ts';

export const GAZETTEER_URL = 'geo/gazetteer.json';
