import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../shared/app/external-links';

describe('isAllowedExternalUrl', () => {
  it('allows listed https hosts', () => {
    expect(isAllowedExternalUrl('https://tongdai111.vn/')).toBe(true);
    expect(isAllowedExternalUrl('https://vbpl.vn/TW/Pages/home.aspx')).toBe(true);
  });
  it.each([
    ['plain http', 'http://tongdai111.vn/'],
    ['a look-alike host', 'https://tongdai111.vn.evil.example/'],
    ['the host in the query', 'https://evil.example/?u=tongdai111.vn'],
    ['credentials', 'https://user:pw@tongdai111.vn/'],
    ['another port', 'https://tongdai111.vn:8443/'],
    ['file URL', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['not a URL', 'tongdai111.vn'],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
