import { SVGRenderer } from 'echarts/renderers';
import { use } from 'echarts/core';
import './chartModules';

/** On paper: SVG, so Chromium's PDF keeps lines and text as vectors. */
use([SVGRenderer]);
