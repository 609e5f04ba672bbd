// Vietnamese reasons the engine writes next to each nominee.
export const ENGINE_TEXT = {} as const;
