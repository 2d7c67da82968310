// The fingerprint behind `staleReviews: content`: formatting keeps it, meaning changes it.
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../src/model/fingerprint.js';
import { loadSla } from '../src/validate/index.js';

function fp(fields: { target?: string; owner?: string; schedule?: string; key?: string } = {}) {
  const text = `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata: { id: a, title: A, owner: '${fields.owner ?? '@alice'}' }
spec:
  service: { name: A, summary: A service. }
  effective: { from: 2026-01-01 }
  serviceHours: { timezone: UTC, schedule: '${fields.schedule ?? 'Mon-Fri 08:00-18:00'}' }
  objectives:
    - { id: uptime, title: Uptime, indicator: availability, target: ${fields.target ?? '99.9%'}, window: month }
`;
  const loaded = loadSla({ path: 'a.yaml', content: text });
  if (!loaded.sla) throw new Error(JSON.stringify(loaded.problems));
  return fingerprint(loaded.sla.sla);
}

describe('SLA fingerprint', () => {
  it('is the same for the same commitments written differently', () => {
    expect(fp({ target: '99.9%' })).toBe(fp({ target: '99.9' }));
    expect(fp({ target: '99.9%' })).toBe(fp({ target: '99.90%' }));
    expect(fp({ schedule: 'Mon-Fri 08:00-18:00' })).toBe(
      fp({ schedule: 'Mon,Tue,Wed,Thu,Fri 08:00-18:00' }),
    );
  });

  it('changes when a target changes', () => {
    expect(fp({ target: '99.9%' })).not.toBe(fp({ target: '99.95%' }));
  });

  it('changes when the owner changes', () => {
    expect(fp({ owner: '@alice' })).not.toBe(fp({ owner: '@bob' }));
  });

  it('is a sha256 in hex', () => {
    expect(fp()).toMatch(/^[0-9a-f]{64}$/);
  });
});
