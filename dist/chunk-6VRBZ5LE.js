import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);

// src/validate/format.ts
function validationJson(result) {
  const strip = (p) => ({
    file: p.file,
    line: p.line,
    column: p.column,
    rule: p.rule,
    message: p.message
  });
  return JSON.stringify(
    {
      files: result.files,
      errors: result.errors.map(strip),
      warnings: result.warnings.map(strip)
    },
    null,
    2
  ) + "\n";
}
function validationText(result, lineOf = () => void 0) {
  const out = [];
  for (const p of [...result.errors, ...result.warnings]) {
    const level = p.severity === "warning" ? "warning " : "";
    out.push(`${p.file}:${p.line}:${p.column} ${level}${p.rule} ${p.message}`);
    const text = p.line > 0 ? lineOf(p.file, p.line) : void 0;
    if (text !== void 0 && text.length <= 300) {
      const gutter = String(p.line).length;
      out.push(`  ${p.line} | ${text}`);
      out.push(`  ${" ".repeat(gutter)} | ${" ".repeat(Math.max(0, p.column - 1))}^`);
    }
  }
  const e = result.errors.length;
  const w = result.warnings.length;
  const files = `${result.files} ${result.files === 1 ? "file" : "files"}`;
  out.push(
    e === 0 && w === 0 ? `${files} checked: all valid` : `${files} checked: ${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"}`
  );
  return out.join("\n") + "\n";
}

export {
  validationJson,
  validationText
};
