/** polylabel 2 ships no types: the pole of inaccessibility of a polygon, with its distance to the edge. */
declare module 'polylabel' {
  export default function polylabel(polygon: number[][][], precision?: number): [number, number] & { distance: number };
}
