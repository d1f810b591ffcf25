import { useEffect, useState } from 'react';

export type StorageEstimateNow = { usage: number | null; quota: number | null };

/** The browser's current usage/quota estimate (the store's own figure is from when it opened). */
export function useStorageEstimate(): StorageEstimateNow | null {
  const [estimate, setEstimate] = useState<StorageEstimateNow | null>(null);
  useEffect(() => {
    let live = true;
    const storage = globalThis.navigator?.storage;
    if (storage?.estimate === undefined) {
      setEstimate({ usage: null, quota: null });
      return;
    }
    void storage.estimate().then((e) => {
      if (live) setEstimate({ usage: e.usage ?? null, quota: e.quota ?? null });
    });
    return () => {
      live = false;
    };
  }, []);
  return estimate;
}

/** 1 234 567 bytes → "1,2 MB" in the officer's language. */
export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const locale = language === 'en' ? 'en-GB' : 'vi-VN';
  return `${value.toLocaleString(locale, { maximumFractionDigits: 1 })} ${units[unit]}`;
}
