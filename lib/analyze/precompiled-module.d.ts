declare module 'virtual:pmo-precompiled' {
  const precompiled: import('../../lib/analyze/precompiled').Precompiled;
  export default precompiled;
}
