#!/usr/bin/env node
'use strict';
require('../dist/launcher.cjs')
  .program()
  .main(process.argv, require('node:path').join(__dirname, '..'));
