import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, chooseDoor, loadConfig, parseConfig } from '../src/config.ts';
import { projectRoot } from './support/spawn.ts';

describe('parseConfig', () => {
  it('gives the defaults for an empty environment: the terminal tutor on the embedded store', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      KNOWLEDGE_DIR: 'knowledge',
      DATABASE_URL: 'data/ssaem.db',
      QUIZ_SECONDS: 30,
      DISCORD_API_BASE: 'https://discord.com/api',
      LOG_LEVEL: 'info',
    });
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.INTERACTIONS_PORT).toBeUndefined();
  });

  it('treats empty values (as .env.example leaves them) as unset', () => {
    expect(parseConfig({ DISCORD_PUBLIC_KEY: '', INTERACTIONS_PORT: '' }).INTERACTIONS_PORT).toBeUndefined();
  });

  it('reads a .env copied from .env.example as the defaults, and leaves no empty key in the environment', () => {
    // discord.js reads SHARD_COUNT from the environment itself: an empty one there is shard count 0.
    const env: Record<string, string | undefined> = { SHARD_COUNT: '' };
    const config = loadConfig({ env, path: path.join(projectRoot, '.env.example') });
    expect(config).toEqual(parseConfig({}));
    expect(Object.entries(env).filter(([, v]) => v === '')).toEqual([]);
    expect(env).not.toHaveProperty('SHARD_COUNT');
  });

  it('lets a real environment variable win over .env, and treats a blank one as unset', () => {
    const env = { QUIZ_SECONDS: '45', SHARD_SPAWN_DELAY_MS: '  ' };
    const config = loadConfig({ env, path: path.join(projectRoot, '.env.example') });
    expect(config.QUIZ_SECONDS).toBe(45);
    expect(config.SHARD_SPAWN_DELAY_MS).toBe(5500);
  });

  it('coerces numbers and accepts port 0', () => {
    expect(parseConfig({ INTERACTIONS_PORT: '0', QUIZ_SECONDS: '45' })).toMatchObject({
      INTERACTIONS_PORT: 0,
      QUIZ_SECONDS: 45,
    });
  });

  it('names every bad key in one message', () => {
    const run = () =>
      parseConfig({
        INTERACTIONS_PORT: 'eighty',
        QUIZ_SECONDS: '1',
        DISCORD_PUBLIC_KEY: 'xyz',
        DISCORD_API_BASE: 'not a url',
        LOG_LEVEL: 'loud',
        DISCORD_APPLICATION_ID: 'abc',
      });
    expect(run).toThrow(ConfigError);
    const message = (() => {
      try {
        run();
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    for (const key of [
      'INTERACTIONS_PORT',
      'QUIZ_SECONDS',
      'DISCORD_PUBLIC_KEY',
      'DISCORD_API_BASE',
      'LOG_LEVEL',
      'DISCORD_APPLICATION_ID',
    ]) {
      expect(message).toContain(`${key}=`);
    }
    expect(message.split('\n')).toHaveLength(7);
  });

  it('never echoes the token back, even when it is the bad value', () => {
    expect(() => parseConfig({ DISCORD_TOKEN: 'short-secret' })).toThrow(/DISCORD_TOKEN=\(hidden\)/);
    try {
      parseConfig({ DISCORD_TOKEN: 'short-secret' });
    } catch (error) {
      expect((error as Error).message).not.toContain('short-secret');
    }
  });
});

describe('SHARD_COUNT', () => {
  it('takes a number or auto, and refuses anything else', () => {
    expect(parseConfig({ SHARD_COUNT: '4' }).SHARD_COUNT).toBe(4);
    expect(parseConfig({ SHARD_COUNT: 'auto' }).SHARD_COUNT).toBe('auto');
    expect(parseConfig({}).SHARD_COUNT).toBeUndefined();
    expect(() => parseConfig({ SHARD_COUNT: 'many' })).toThrow(/SHARD_COUNT=/);
  });
});

describe('DATABASE_URL', () => {
  it('takes SQLite paths, sqlite: and file: URLs and postgres URLs', () => {
    for (const url of [
      'data/ssaem.db',
      '/var/lib/ssaem/ssaem.db',
      'sqlite:data/x.db',
      'sqlite::memory:',
      'file:///tmp/x.db',
      'postgres://u@h/db',
      'postgresql://u:p@h:5432/db',
    ])
      expect(parseConfig({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });

  it("refuses another database's URL instead of making a SQLite file named after it", () => {
    expect(() => parseConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => parseConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL="mysql:\/\/x": mysql: is not a store .* postgres:\/\//,
    );
    expect(() => parseConfig({ DATABASE_URL: 'redis://localhost' })).toThrow(/DATABASE_URL=/);
  });
});

describe('chooseDoor', () => {
  const key = 'a'.repeat(64);
  it('opens the gateway with a token, the HTTP door with key and port, the terminal with neither', () => {
    expect(chooseDoor(parseConfig({ DISCORD_TOKEN: 'x'.repeat(30) }))).toBe('gateway');
    expect(chooseDoor(parseConfig({ DISCORD_PUBLIC_KEY: key, INTERACTIONS_PORT: '0' }))).toBe('http');
    expect(chooseDoor(parseConfig({}))).toBe('terminal');
  });

  it('refuses half of the HTTP door instead of silently opening the terminal', () => {
    expect(() => chooseDoor(parseConfig({ DISCORD_PUBLIC_KEY: key }))).toThrow(
      /DISCORD_PUBLIC_KEY is set but INTERACTIONS_PORT is not/,
    );
    expect(() => chooseDoor(parseConfig({ INTERACTIONS_PORT: '8080' }))).toThrow(
      /INTERACTIONS_PORT is set but DISCORD_PUBLIC_KEY is not/,
    );
  });
});
