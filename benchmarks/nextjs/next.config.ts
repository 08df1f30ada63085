import type { NextConfig } from "next";

// Production defaults; nothing is tuned in favour of or against this baseline.
const nextConfig: NextConfig = {};

export default nextConfig;
