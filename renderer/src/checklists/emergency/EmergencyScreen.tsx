import { RollCallPrintButton } from '../../print-menus/RollCallPrintButton';
import { useDesk } from '../../context/DeskContext';
import { EmergencyPlanCard } from '../../emergency/EmergencyPlanCard';
import { DrillLog } from './DrillLog';

/** 应急: the site's emergency plan, the drill log, and the roll call for the assembly point. */
export function EmergencyScreen() {
  const { can } = useDesk();
  return (
    <div className="emergency-screen" data-testid="emergency-screen">
      <div className="checklists-toolbar checklists-toolbar--end">
        <RollCallPrintButton danger />
      </div>
      <div className="emergency-columns">
        <EmergencyPlanCard planId={null} canEdit={can('checklists.manage')} />
        <DrillLog />
      </div>
    </div>
  );
}
