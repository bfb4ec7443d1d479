import { homedir, hostname, userInfo } from 'node:os';

// node:os, loaded when a home folder or login name is first asked for: it costs a start more
// than `ladder show` spends on its own work, and most runs never ask.

export const homeFolder = (): string => homedir();

export const loginName = (): string => userInfo().username;

export const hostName = (): string => hostname();
