#!/usr/bin/env node
// `npx golden-bridge <command>`: the package's command line. One command so far: `embed`.
import { runEmbed, EMBED_USAGE } from './embed.mjs';

const [command, ...args] = process.argv.slice(2);
if (command === 'embed') {
  process.exitCode = await runEmbed(args);
} else {
  console.error(`golden-bridge: unknown command ${command ? `"${command}"` : '(none)'}\n\n${EMBED_USAGE}`);
  process.exitCode = 2;
}
