import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);

// src/model/owner.ts
var LOGIN = "[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}";
var OWNER_PATTERN = new RegExp(`^@(${LOGIN})(?:/([A-Za-z0-9][A-Za-z0-9_.-]{0,99}))?$`);
var LOGIN_PATTERN = new RegExp(`^${LOGIN}(?:\\[bot\\])?$`);
function isValidOwner(owner) {
  return OWNER_PATTERN.test(owner);
}
function isValidLogin(login) {
  return LOGIN_PATTERN.test(login);
}
function sameOwner(a, b) {
  return ownerKey(a ?? "") === ownerKey(b ?? "");
}
function ownerKey(owner) {
  return asciiLower(owner);
}
function asciiLower(text) {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

export {
  isValidOwner,
  isValidLogin,
  sameOwner,
  ownerKey
};
