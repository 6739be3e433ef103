export const ELEMENT_NAME = "rebound-widget";

/**
 * `<rebound-widget>` hosts the chrome in its shadow root. The class is defined on first use, not at
 * import, so importing the package during server rendering never touches HTMLElement.
 */
export function createWidgetElement(instance: string): { element: HTMLElement; root: ShadowRoot } {
  if (!customElements.get(ELEMENT_NAME))
    customElements.define(ELEMENT_NAME, class ReboundWidget extends HTMLElement {});
  const element = document.createElement(ELEMENT_NAME);
  element.setAttribute("data-instance", instance);
  return { element, root: element.attachShadow({ mode: "open" }) };
}
