/**
 * What jsdom lacks and Fluent UI needs (jest.config.js is shared, so component tests import
 * this instead of a setup file): ResizeObserver for the tab indicator and overflow, and scrollIntoView.
 */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const venster = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof venster.ResizeObserver === 'undefined') venster.ResizeObserver = NoopResizeObserver;

// jsdom does not lay out, so it has no scrolling either; the grid scrolls the selection into view.
if (typeof Element !== 'undefined' && typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = function scrollIntoView(): void {};
}
