import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  listSelected,
  lstatPath
} from "./chunk-6XWFT2UC.js";
import "./chunk-RM3UL5JP.js";
import "./chunk-4XC5CIYH.js";
import "./chunk-UXNRCORL.js";

// src/node/results-folder.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";
function diskResultsFolder(root, config) {
  const look = (path) => {
    const linked = [];
    const info = lstatPath(root, path, linked);
    if (linked.length > 0)
      throw new Error(
        `${linked[0]} is a symbolic link, and slac neither reads nor writes through links (git keeps only where it points): put the ${linked[0] === path ? "file" : "folder"} itself there`
      );
    return info;
  };
  return {
    exists: (path) => look(path) !== void 0,
    read: async (path) => {
      const info = look(path);
      if (info === void 0) return void 0;
      if (!info.isFile())
        throw new Error(`${path} is not a regular file: remove it, or write the results elsewhere`);
      return readFile(join(root, path), "utf8").catch(() => void 0);
    },
    list: () => {
      const links = [];
      const paths = listSelected(root, config.results, links);
      const link = links[0];
      if (link) throw new Error(`${link.file}: ${link.message}`);
      return paths;
    }
  };
}
export {
  diskResultsFolder
};
