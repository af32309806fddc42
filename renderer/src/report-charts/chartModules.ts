import { BarChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { use } from 'echarts/core';

/**
 * The parts of ECharts the reports draw with, and nothing else (the whole
 * library is several times larger). The renderer is registered by whoever
 * draws: the screen's canvas (PNG export), the paper's SVG (sharp in a PDF).
 */
use([BarChart, LineChart, PieChart, HeatmapChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapComponent]);
