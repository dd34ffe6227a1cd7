// jstat ships without types; this declares only the part the lib uses.
declare module 'jstat' {
  export const jStat: {
    studentt: {
      /** Inverse cumulative distribution function of Student's t with `dof` degrees of freedom. */
      inv(p: number, dof: number): number;
    };
  };
}
