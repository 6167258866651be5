import { sidebarLatency } from './bench-latency';
await sidebarLatency();
