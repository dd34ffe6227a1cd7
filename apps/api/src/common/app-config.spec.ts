import { loadConfig } from './app-config';

const base = { DATABASE_URL: 'postgres://u@h/db' };
const production = { ...base, NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32), PUBLIC_URL: 'https://stewardship.example.nhs.uk' };

describe('loadConfig', () => {
  it('gives development defaults: port 3000, insecure cookie allowed, a development secret', () => {
    const config = loadConfig(base);
    expect(config.port).toBe(3000);
    expect(config.cookieSecure).toBe(false);
    expect(config.production).toBe(false);
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(config.signInLimit).toEqual({ attemptsPerAccount: 5, attemptsPerAddress: 50, windowSeconds: 900 });
  });

  it('builds links from PUBLIC_URL: localhost on the port in development, required in production', () => {
    expect(loadConfig(base).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ ...base, PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ ...base, PUBLIC_URL: 'https://stewardship.example.nhs.uk/' }).publicUrl).toBe('https://stewardship.example.nhs.uk');
    expect(loadConfig({ ...base, PUBLIC_URL: 'https://example.nhs.uk/stewardship/' }).publicUrl).toBe('https://example.nhs.uk/stewardship');
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) })).toThrow(/^PUBLIC_URL must be set in production/);
    expect(() => loadConfig({ ...base, PUBLIC_URL: 'stewardship.example' })).toThrow('PUBLIC_URL must be a full http(s) address such as https://stewardship.example.nhs.uk; it is "stewardship.example"');
    expect(() => loadConfig({ ...base, PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL must be a full http/);
  });

  it('has the board pack worker render at PUBLIC_URL with /usr/bin/chromium unless told otherwise', () => {
    expect(loadConfig(production)).toMatchObject({ boardPackRenderUrl: 'https://stewardship.example.nhs.uk', chromiumPath: '/usr/bin/chromium' });
    expect(loadConfig({ ...base, BOARD_PACK_RENDER_URL: 'http://api:3000/', CHROMIUM_PATH: '/opt/chrome/chrome' })).toMatchObject({ boardPackRenderUrl: 'http://api:3000', chromiumPath: '/opt/chrome/chrome' });
    expect(() => loadConfig({ ...base, BOARD_PACK_RENDER_URL: 'api:3000' })).toThrow('BOARD_PACK_RENDER_URL must be a full http(s) address such as http://api:3000; it is "api:3000"');
    expect(() => loadConfig({ ...base, BOARD_PACK_RENDER_URL: 'http://api:3000/?x=1' })).toThrow(/BOARD_PACK_RENDER_URL must be a full http/);
  });

  it('in production makes cookies Secure (and so sends HSTS) and turns introspection off', () => {
    const config = loadConfig(production);
    expect(config.production).toBe(true);
    expect(config.cookieSecure).toBe(true);
  });

  it('in production refuses to start without a session secret of 32 or more characters, naming it', () => {
    expect(() => loadConfig({ ...production, SESSION_SECRET: undefined })).toThrow(/^SESSION_SECRET must be set/);
    expect(() => loadConfig({ ...production, SESSION_SECRET: 'x'.repeat(31) })).toThrow(/^SESSION_SECRET must be set to at least 32/);
  });

  it('in production refuses to start without PUBLIC_URL, naming it; elsewhere it is not required', () => {
    expect(() => loadConfig({ ...production, PUBLIC_URL: undefined })).toThrow(/^PUBLIC_URL must be set in production/);
    expect(() => loadConfig({ ...production, PUBLIC_URL: '' })).toThrow(/^PUBLIC_URL/);
    expect(() => loadConfig(base)).not.toThrow();
  });

  it('names the setting that is wrong', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL is not set/);
    expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow('PORT must be a whole number of 1 or more; it is "eighty"');
    expect(() => loadConfig({ ...base, DEMO_DATA: 'perhaps' })).toThrow('DEMO_DATA must be true or false; it is "perhaps"');
  });
});
