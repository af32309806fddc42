import { CanvasRenderer } from 'echarts/renderers';
import { use } from 'echarts/core';
import './chartModules';

/** On screen: canvas, which `getDataURL` turns into a PNG. */
use([CanvasRenderer]);
