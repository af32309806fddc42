import { RollCallPrintButton } from '../../print-menus/RollCallPrintButton';
import { DrillLog } from './DrillLog';
import { SitePlanCard } from './SitePlanCard';

/** 应急: the site's emergency plan, the drill log, and the roll call for the assembly point. */
export function EmergencyScreen() {
  return (
    <div className="emergency-screen" data-testid="emergency-screen">
      <div className="checklists-toolbar checklists-toolbar--end">
        <RollCallPrintButton danger />
      </div>
      <div className="emergency-columns">
        <SitePlanCard />
        <DrillLog />
      </div>
    </div>
  );
}
