/** slac's version, shown by `slac --version` and part of every validation cache key. */
export const SLAC_VERSION = '0.1.0';
