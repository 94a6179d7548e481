/** The process guard has no data of its own; its work happens in its loader. */
export default class ProcessGuardService {}
