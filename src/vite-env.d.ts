/// <reference types="vite/client" />

// The Element Timing API's attribute, which React passes through as-is.
declare module 'react' {
  // The type parameter must match React's own declaration to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
export {};
