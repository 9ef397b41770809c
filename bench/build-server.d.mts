import type { ChildProcess } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';

export const ROOT: string;
export function serveBuild(port: number): Promise<{ base: string; server: ChildProcess }>;
export function borderText(words: number, salt: string): string;
export function pct(xs: readonly number[], p: number): number;
export function timedClick(page: Page, locator: Locator, done: string): Promise<number>;
