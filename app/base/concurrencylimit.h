#pragma once

// The most requests in flight at once, everywhere: engine, options, slider.
inline constexpr int maxConcurrency = 1000;
