/** What the sample paper (content/papers/social-credit-system.txt) must show, in order. */
export const SAMPLE_HEADINGS = [
  "Introduction",
  "China’s Expansive and Tentacular Influence",
  "Origin and Historical Background of the SCS",
  "How Does the Social Credit System Work?",
  "Misconceptions about the SCS: Could East (Eventually) Meet West or Vice-Versa?",
  "Discussion: Impacts of the SCS on Fundamental Human Rights",
  "Conclusion",
];
