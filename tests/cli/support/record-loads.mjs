// node --import this file: every module the process loads is appended to $CALLCRAFT_LOAD_LOG.
import { register } from 'node:module';

register('./record-loads-hooks.mjs', import.meta.url);
