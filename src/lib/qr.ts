/**
 * QR codes as small inline SVG, drawn at build time: one path of horizontal runs, black on white,
 * presentation attributes only (the CSP forbids style="" attributes).
 */
import { encode } from 'uqr';

/** The SVG of a QR code for `text`, with a quiet zone of `border` modules (the standard asks for 4; 2 scans well on paper). */
export function qrSvg(text: string, { border = 2 }: { border?: number } = {}): string {
  if (!text) throw new Error('A QR code needs some text.');
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const full = size + 2 * border;
  let d = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) { x++; continue; }
      const start = x;
      while (x < size && row[x]) x++;
      d += `M${start + border} ${y + border}h${x - start}v1h${start - x}z`;
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" class="qr" aria-hidden="true" focusable="false" shape-rendering="crispEdges"><rect width="${full}" height="${full}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
}
