// Entry point of the bundle (dist/index.js).
import { run } from './run.js';

void run();
