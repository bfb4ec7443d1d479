// The chart libraries (asciichart, sparkly and the chalk it brings): only for --chart.
export { sparklines, trendCharts } from '../render/charts.js';
