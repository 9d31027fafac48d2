/** File names of examples/*.xlsx copied into the build (webpack DefinePlugin). */
declare const __JIXIAO_EXAMPLES__: string[];
