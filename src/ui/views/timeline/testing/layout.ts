/**
 * jsdom lays nothing out: every element has a zero-size box and no offsetParent. Fluent's focus
 * management (tabster) reads that as "nothing is visible", so a dialog opened by a click finds
 * nothing to focus, its modalizer never becomes active, and the dialog ends up aria-hidden — a
 * state a real browser never gets into. Tests that open dialogs give the document just enough
 * layout for tabster: a body with a size, and an offsetParent for every connected element.
 */
export function pretendLayout(): () => void {
  const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetParent');
  const bodyRect = jest.spyOn(document.body, 'getBoundingClientRect').mockReturnValue({
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    width: 1280,
    height: 900,
    right: 1280,
    bottom: 900,
    toJSON: () => ({}),
  } as DOMRect);
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      return this.isConnected && this !== this.ownerDocument.body ? this.parentElement : null;
    },
  });
  return () => {
    bodyRect.mockRestore();
    if (offsetParent) Object.defineProperty(HTMLElement.prototype, 'offsetParent', offsetParent);
  };
}
