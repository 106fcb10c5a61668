import { firefoxDriver } from './drivers/firefox.mjs';
import { runScenarios } from './scenarios.mjs';

runScenarios(firefoxDriver());
