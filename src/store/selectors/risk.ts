/** The leak forecasts the HUD, the dialogs and the presenter's captions show, as the core computes them. */
export { LEAK_FORECAST_DAYS, leakForecast, leakHazardToday } from '../../sim';
