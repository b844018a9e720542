import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('the server settings', () => {
  it('listens on this computer only unless asked to serve the local network', () => {
    expect(readConfig({}, [])).toMatchObject({ host: '127.0.0.1', lan: false });
    expect(readConfig({}, ['--lan'])).toMatchObject({ host: '0.0.0.0', lan: true });
    expect(readConfig({ LEXALIGN_LAN: '1' }, [])).toMatchObject({ host: '0.0.0.0', lan: true });
    expect(readConfig({ HOST: '192.168.1.20' }, ['--lan'])).toMatchObject({
      host: '192.168.1.20',
      lan: true,
    });
  });

  it('limits workshop joins per address, and names a wrong setting', () => {
    expect(readConfig({}, []).joinAttemptsPerMinute).toBe(120);
    expect(() => readConfig({ JOIN_ATTEMPTS_PER_MINUTE: 'many' }, [])).toThrow(
      /JOIN_ATTEMPTS_PER_MINUTE/,
    );
  });
});
