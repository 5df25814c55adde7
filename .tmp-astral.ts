import { foldTable } from '/work/main/src/lib/search/foldTable.ts';
import { foldText } from '/work/main/src/lib/search/searchFold.ts';
const t = foldTable({ simplified: [], traditional: [] });
const bad = Object.entries(t).filter(([k, v]) => { const c = k.codePointAt(0)!; return c >= 0x4e00 && c <= 0x9fff && v.length > 1; });
console.log(Object.keys(t).length, bad.length, bad.slice(0, 10));
if (bad.length) { const [k] = bad[0]; const text = `${k}甲乙`; const f = foldText(text, t); console.log(f.key.length, f.from.length, f.to.length); }
