import { chromiumDriver } from './drivers/chromium.mjs';
import { runScenarios } from './scenarios.mjs';

runScenarios(chromiumDriver());
