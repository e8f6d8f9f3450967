/**
 * The overview map (the SVG drawn at build, src/components/map/StaticOverview.astro)
 * under the page's filters, for as long as the interactive map has not
 * started: only the dots of the sites the filters leave, the drawing zoomed
 * to the department filtered on with the others dimmed, the departments
 * shaded when the shading is on. A few attributes, no library, no WebGL.
 */
import type { FilterState } from '../filters.ts';
import { overviewView, parseBox } from '../overview-view.ts';

export interface Overview {
  /**
   * Shows the sites of `orgs` (the organizations the filters leave) in the department filtered on,
   * and the departments' shades (`shades` by department code, or undefined with the shading off).
   */
  update(state: FilterState, orgs: ReadonlySet<string>, shades: Record<string, string> | undefined): void;
}

/** Below this many screen pixels per unit of the drawing, the inner departments' names would collide. */
const CROWDED = 0.9;

export function overview(svg: SVGSVGElement): Overview {
  const [, , width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const dots = [...svg.querySelectorAll<SVGCircleElement>('circle[data-site]')];
  const departments = [...svg.querySelectorAll<SVGPathElement>('path[data-code]')];
  let zoom = 1;
  /** Screen pixels per unit of the drawing: the frame's size over the part of the drawing in view. */
  function scale(): void {
    const fit = Math.min(svg.clientWidth / width, svg.clientHeight / height);
    if (!(fit > 0)) return;
    svg.style.setProperty('--zoom', String(Math.round(fit * zoom * 100) / 100));
    svg.classList.toggle('crowded', fit * zoom < CROWDED);
  }
  new ResizeObserver(scale).observe(svg);
  return {
    update(state, orgs, shades) {
      for (const dot of dots) {
        const shown = orgs.has(dot.dataset.org ?? '') && (!state.dept || dot.dataset.dept === state.dept);
        dot.toggleAttribute('hidden', !shown);
      }
      const focus = departments.find((d) => d.dataset.code === state.dept);
      const view = overviewView(width, height, parseBox(focus?.dataset.box));
      svg.setAttribute('viewBox', view.viewBox);
      zoom = view.zoom;
      scale();
      for (const d of departments) {
        d.classList.toggle('focus', d === focus);
        d.classList.toggle('dim', !!focus && d !== focus);
        d.style.fill = shades?.[d.dataset.code ?? ''] ?? '';
      }
    },
  };
}
