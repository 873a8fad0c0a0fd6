/** Text a person reads, as a catalogue key plus values: never an English sentence (see i18n). */
export interface Message {
  key: string;
  values?: Record<string, string | number>;
}
