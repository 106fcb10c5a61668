import '../../lib/analyze/ready';

export { analyze } from '../../lib/analyze';
