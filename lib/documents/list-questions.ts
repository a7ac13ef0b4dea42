// The questions list grew into the debates domain; this name stays for existing importers.
export { listQuestions } from "@/lib/debates/list-questions";
